package org.atelier.application.format;

import org.atelier.domain.model.shared.Money;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a spreadsheet makes of the export: text stays text, amounts are numbers. */
class CsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaStayText() {
        assertEquals("'=1+1", Csv.cell("=1+1"));
        assertEquals("'+31 6 1234", Csv.cell("+31 6 1234"));
        assertEquals("'-2", Csv.cell("-2"));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
        assertEquals("'\tx", Csv.cell("\tx"));
        assertEquals("Ada Lovelace", Csv.cell("Ada Lovelace"));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"de Vries, Noor\"", Csv.cell("de Vries, Noor"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.cell("say \"hi\""));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.cell("=HYPERLINK(\"x\")"));
        assertEquals("a,,b\r\n", Csv.line("a", null, "b"));
    }

    @Test
    void amountsAreWrittenInMajorUnitsWithTheCurrencysDecimals() {
        assertEquals("25.00", Csv.amount(Money.of(2500, "EUR")));
        assertEquals("0.05", Csv.amount(Money.of(5, "EUR")));
        assertEquals("1500", Csv.amount(Money.of(1500, "JPY")));
    }
}
