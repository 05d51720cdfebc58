# Nouns that make an organisation's name an event (CarriedEvent: 獨立國協峰會在阿什哈巴德開幕，… 全數出席: the body's summit)
# and that may close the participants' clause after its verb (參加了此次演習). Either script; plain words, one a line.
峰會
高峰會
會議
論壇
元首理事會
演習
軍演
聯合演習
聯合軍演
反恐演習
會晤
