/**
 * Cross-cutting infrastructure every component uses, and nothing business-specific: the data source
 * and migrations, problem details for the API, the clock, the audit trail, i18n, paging, health
 * checks and web security headers. One way to do each of these things.
 */
package nl.kringkoop.platform;
