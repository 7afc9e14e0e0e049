/** Circularity vocabulary shared by suppliers, tenders and reporting: the R-ladder. */
package nl.kringkoop.circularity;
