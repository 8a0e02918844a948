/** Reading spreadsheets people upload: the cells as text, row by row. */
package cn.gov.bizenv.casetracking.platform.imports;
