/**
 * Telling people what happened to them: other components hand over a notice (message key,
 * arguments, link, the organisations concerned); every enabled user of those organisations gets an
 * in-app message in their own language and, once the change is committed, an e-mail in Dutch and
 * English.
 */
package nl.kringkoop.notification;
