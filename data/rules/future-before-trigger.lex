# Words that make a relation hypothetical (a future, not a fact) only when they stand right before its trigger:
# 哈薩克將加入金磚國家 (will join), 兩國將簽署協定 (will sign). Elsewhere 將 is the object marker (2002年將條約升格為組織,
# 將其納入), so it is not in modality.lex; 將於, 將在, 將向 and 將會 are.
將
即將
將要
