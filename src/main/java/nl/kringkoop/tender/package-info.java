/**
 * Rapid Circulair Contracting tenders: RCC needs, their phases, responses, questions and answers,
 * dialogue, evaluation and award, and the advice which procurement procedure a need calls for.
 */
package nl.kringkoop.tender;
