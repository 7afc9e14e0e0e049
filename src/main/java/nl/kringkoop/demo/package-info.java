/**
 * Demo data: a small, realistic region (Nijmegen and its neighbours), a few hundred local firms and
 * one account per user group, loaded into an empty database on first start unless {@code
 * DEMO_DATA=false}.
 */
package nl.kringkoop.demo;
