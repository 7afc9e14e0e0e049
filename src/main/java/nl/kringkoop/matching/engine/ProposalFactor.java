package nl.kringkoop.matching.engine;

/**
 * What a consortium's score is made of, each weighed as the policy weighs the matching factors it
 * stands for: the members' fit for their parts (capability, circularity, certificates, track
 * record, verification), their proximity (locality), their joint capacity (capacity) and the mix of
 * SMEs and social enterprises (social value).
 */
public enum ProposalFactor {
  FIT,
  PROXIMITY,
  CAPACITY,
  MIX
}
