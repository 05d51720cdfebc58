# A statement with no date of its own in a dated paper is taken to hold when the paper was written (an implicit
# observation at the manifest's date), unless its clause marks it as past: these words, or an ending.
曾
曾經
過去
當時
當年
昔日
原本
原為
前任
已故
once
formerly
former
previously
used_to
then
had_been
прежде
раньше
когда-то
некогда
в_прошлом
бывший
бывшая
ранее
