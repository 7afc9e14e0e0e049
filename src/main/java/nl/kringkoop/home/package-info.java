/**
 * Start pages: what each user group sees first after signing in. Later components add their own
 * panels here (needs for officers, invitations for suppliers, spend for analysts).
 */
package nl.kringkoop.home;
