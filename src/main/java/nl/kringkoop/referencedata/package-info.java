/**
 * The administrator's screen for loading official reference lists (Dutch CPV labels; municipalities
 * with COROP regions and provinces). The rules and storage live in the cpv and region components;
 * this package runs their imports in the background and shows progress and the per-row report.
 */
package nl.kringkoop.referencedata;
