package org.cagraph.text;

import java.util.List;

/**
 * Clean text with, for every char, its char index in the original file ({@code map}) and the index
 * just past the original chars it stands for ({@code ends}: past a whole cluster for a char NFC
 * composed, e.g. é from e + U+0301).
 */
record NormalizedText(String clean, int[] map, int[] ends, List<Block> blocks) {}
