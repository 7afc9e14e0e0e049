/**
 * Who is who: organisations (municipalities by CBS code, suppliers by KVK number, the platform
 * operator), their users and roles, signing in on the web and with API tokens, and the throttling
 * and hashing that protect it.
 */
package nl.kringkoop.identity;
