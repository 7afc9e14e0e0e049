/**
 * Reporting on a municipality's spend for its sustainability staff and officers: the spend report
 * (circular, local, SME and social spend against the year's targets, by month, R-strategy,
 * department, region, size class and supplier type, payment on time), tender outcomes (time from
 * publication to contract, responses and SME responses), the dashboard and the CSV, XLSX and PDF
 * exports. It reads the spend summary that the contract component keeps, never the invoices.
 */
package nl.kringkoop.reporting;
