/**
 * Contracts from awards or purchases elsewhere, their parties and shares, milestones and KPIs, and
 * the spend on them: invoices and payments, attributed to the firms that earned them.
 */
package nl.kringkoop.contract;
