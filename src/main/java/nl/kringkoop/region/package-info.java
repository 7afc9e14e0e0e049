/**
 * Where things are: Dutch municipalities by CBS code, the COROP region and province they lie in.
 * Used to judge how local a firm is to a buyer.
 */
package nl.kringkoop.region;
