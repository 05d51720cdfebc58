package org.cagraph.text;

import java.util.List;

/** Clean text with, for every char, its char index in the original file. */
record NormalizedText(String clean, int[] map, List<Block> blocks) {
}
