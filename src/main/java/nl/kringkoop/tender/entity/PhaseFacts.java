package nl.kringkoop.tender.entity;

/**
 * What the tender's responses, sessions, scores and complaints add up to at the moment of a phase
 * change; the tender weighs them against the conditions of the phase it is asked to enter.
 */
public record PhaseFacts(
    int pitches,
    int selected,
    boolean dialoguesBalanced,
    int offers,
    boolean scoresComplete,
    boolean complaintPending,
    boolean complaintUpheld) {}
