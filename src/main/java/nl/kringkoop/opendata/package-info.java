/**
 * Open data: publishes each published tender, its awards, contracts and payments as OCDS 1.1
 * release packages for anyone, and withholds what the procedure keeps confidential (sealed offers,
 * pitches, scores, personal data and the firms' files).
 */
package nl.kringkoop.opendata;
