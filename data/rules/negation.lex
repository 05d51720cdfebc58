# A relation whose trigger has one of these before it, in its own clause, is a negated claim, never a fact.
# Plain words: the engine scopes them (the trigger's clause, up to the trigger; a parenthetical aside that closes
# before the trigger negates only the aside), and not-negation.lex masks the phrases that only look negative.
# 烏茲別克並未加入; 土庫曼…不參與軍事合作; 沒有能夠透過經濟制裁
# 極力避免…結為「軍事同盟」; 俄羅斯絕不允許哈薩克跟美國有如此的戰略關係
# 哈薩克既不是北約成員國，也不是歐盟成員國
未
並未
尚未
從未
沒有
拒絕
# declined politely, vetoed, turned down (土庫曼婉拒加入歐亞經濟聯盟; 議會否決了與俄羅斯的合作協議)
婉拒
否決
回絕
不願
無意
並非
不會
不參與
不參加
不加入
否認
不允許
不容許
絕不
避免
反對
不是
不屬於
not
never
refused
declined
rejected
denied
# denies, deny, denying before the act in its clause (China denies having any military base in Tajikistan; the
# later-clause denial is denial.lex's)
denies
deny
denying
# the act is called a myth (It is a myth that Nazarbayev proposed the Belt and Road Initiative)
myth
# came close to the act, or nearly did it, in Chinese running into the verb: it did not happen (Uzbekistan came
# close to leaving the CSTO; 烏茲別克險些退出集體安全條約組織). Not almost or nearly: almost all members, nearly 7,000 troops
came_close_to
come_close_to
comes_close_to
險些
差點
差一點
# almost or nearly right before the act's verb: it did not happen (Kazakhstan almost joined the WTO in 2010; Uzbekistan
# nearly left the CSTO; Туркменистан почти вступил в ЕАЭС). Only before the verb: almost all members joined, nearly 7,000
# troops, for almost ten years, почти десять лет stay read (чуть не, едва не carry не)
almost_joined
almost_rejoined
almost_signed
almost_left
almost_withdrew
almost_quit
almost_ratified
almost_acceded
almost_became
almost_broke
almost_severed
almost_entered
almost_imposed
almost_deployed
almost_sent
almost_closed
nearly_joined
nearly_rejoined
nearly_signed
nearly_left
nearly_withdrew
nearly_quit
nearly_ratified
nearly_acceded
nearly_became
nearly_broke
nearly_severed
nearly_entered
nearly_imposed
nearly_deployed
nearly_sent
nearly_closed
почти_вступил
почти_вступила
почти_вступили
почти_вышел
почти_вышла
почти_вышли
почти_подписал
почти_подписала
почти_подписали
почти_присоединился
почти_присоединилась
почти_присоединились
почти_ратифицировал
почти_ратифицировала
почти_ратифицировали
почти_разорвал
почти_разорвала
почти_разорвали
почти_ввёл
почти_ввел
почти_ввела
почти_ввели
почти_разместил
почти_разместила
почти_разместили
почти_стал
почти_стала
почти_стали
no_longer
не
нет
отказался
отказалась
отказались
отрицает
отрицают
didn't
doesn't
hasn't
haven't
wasn't
isn't
won't
cannot
neither
# nor opening a clause negates it (…did not recognise the annexation, nor did it join the sanctions)
nor
никогда
отказывается
отказываются
ни
отрицал
отрицала
отрицали
опроверг
опровергла
опровергли
отказ
отказа
# no longer, does not exist, plain 並不 (not), and 不與 (does not [border/ally] with): 吉爾吉斯不再依賴俄羅斯的援助 /
# 中俄之間不存在同盟關係 / 但與哈薩克並不接壤 / 烏茲別克不與中國接壤
不再
不存在
並不
不與
不和
不接壤
不相鄰
不毗鄰
# there is none: 哈薩克與俄羅斯之間並無領土衝突
並無
毫無
從無
# never did, had no chance, refused outright (土庫曼不曾簽署; 無緣加入; 拒不承認). Not 無法 or 難以: 船隻無法進入伊朗的阿巴斯港 and
# 難以擺脫與俄羅斯的夥伴關係 negate another verb than the relation's
不曾
未曾
無緣
拒不
# cannot join, sign or become, bound to the verb (塔吉克無法加入世界貿易組織)
無法加入
無法成為
無法簽署
無法締結
難以加入
難以成為
# non-alignment and withholding, running into the trigger (中國與俄羅斯不結盟; 日本對該國不提供貸款)
不結盟
不提供
不給予
不予
# a plain 不 bound to an act verb (俄羅斯不禁止從西方國家進口糧食; 土庫曼不簽署軍事條約). Bare 不 is no negation word
# (不斷, 不同, 不禁 "could not help"), so each verb is named
不禁止
不凍結
不制裁
不簽署
不簽訂
不租用
不駐軍
不部署
不援助
# unable to give is not giving (俄羅斯無力向塔吉克提供援助)
無力
無法提供
無法給予
# English: a state that has no troops or base there (Russia has no troops in Uzbekistan)
has_no
have_no
had_no
# a verb with "no" before its object: joined no bloc, signed no treaty, imposed no sanctions, hosts no base (the trigger
# running into the "no" is Scope's EN_NO_OBJECT; not-negation.lex masks no fewer than, no later than)
join_no
joins_no
joined_no
joining_no
sign_no
signs_no
signed_no
signing_no
impose_no
imposes_no
imposed_no
imposing_no
ratify_no
ratifies_no
ratified_no
ratifying_no
host_no
hosts_no
hosted_no
hosting_no
send_no
sends_no
sent_no
sending_no
provide_no
provides_no
provided_no
providing_no
give_no
gives_no
gave_no
giving_no
deploy_no
deploys_no
deployed_no
deploying_no
station_no
stations_no
stationed_no
stationing_no
keep_no
keeps_no
kept_no
keeping_no
maintain_no
maintains_no
maintained_no
maintaining_no
extend_no
extends_no
extended_no
extending_no
conclude_no
concludes_no
concluded_no
concluding_no
lease_no
leases_no
leased_no
leasing_no
follow_no
follows_no
followed_no
following_no
# takes no part in, took no part: a verb with "no" before its noun trigger; the whole phrase, since took no action,
# takes no sides, took no chances negate nothing of what the sentence goes on to say
take_no_part
takes_no_part
took_no_part
taken_no_part
taking_no_part
