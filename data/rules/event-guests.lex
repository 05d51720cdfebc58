# Words that make a clause's actors guests, observers or onlookers of the event the clause before holds (CarriedEvent):
# such a clause is not read as taking part (演習在車里雅賓斯克舉行，印度派員觀摩; 峰會開幕，蒙古以觀察員身分列席).
觀察員
觀察國
貴賓
嘉賓
觀摩
旁聽
受邀
應邀
獲邀
邀請
