package org.cagraph.actors;

/**
 * A linked mention in a sentence's clean text [begin, end).
 *
 * @param method how the link was made: name, short (abbreviation in context), compound, group,
 *     coref, metonym (a capital for its state), discovered
 * @param via the organisation (its id) whose membership the reference was resolved by, when it was
 *     (上合組織八個成員國: sco, for each of the eight states): the phrase states that the state is a member
 *     of it ({@code relations.MembershipPhrases}); null for every other mention
 */
public record Mention(
    Actor actor, int begin, int end, String method, double confidence, String via) {
  public Mention(Actor actor, int begin, int end, String method, double confidence) {
    this(actor, begin, end, method, confidence, null);
  }
}
