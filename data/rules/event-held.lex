# Verbs that hold an event named in their clause (CarriedEvent: 「和平使命—2018」在切巴爾庫爾舉行，印巴兩國首次同場參演; the
# next clause's participants take part in it). Either script; plain words, one a line.
舉行
召開
舉辦
登場
開幕
揭幕
展開
拉開帷幕
拉開序幕
開打
開鑼
