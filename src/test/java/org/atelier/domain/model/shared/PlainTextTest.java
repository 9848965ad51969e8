package org.atelier.domain.model.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextTest {

    @Test
    void namesInAnyScriptWithPunctuationArePlainLines() {
        for (String name : new String[] {"Ada Lovelace", "Zoë O'Brien-Smit", "李小龍", "محمد", "Ñandú & Co. (2)", null}) {
            assertTrue(PlainText.isLine(name), name);
        }
    }

    @Test
    void controlCharactersLineBreaksAndBidiOverridesAreNotALine() {
        for (String name : new String[] {"Nul\u0000", "Two\nLines", "Cr\r", "Bell\u0007", "Esc\u001b[31m", "Del\u007f",
                "C1\u0085", "Flip\u202Egpj.exe", "Isolate\u2066x\u2069", "Sep\u2028"}) {
            assertFalse(PlainText.isLine(name), name);
        }
    }

    @Test
    void freeTextMayRunOverLinesButHoldsNoOtherControls() {
        assertTrue(PlainText.isText("First line\r\nSecond\tindented"));
        assertFalse(PlainText.isText("Bell\u0007"));
        assertFalse(PlainText.isText("Nul\u0000"));
        assertFalse(PlainText.isText("Flip\u202E"));
    }

    @Test
    void refusalsCarryTheCallersMessageKey() {
        assertEquals("x.y", assertThrows(BookingException.class, () -> PlainText.requireLine("a\nb", "x.y")).messageKey());
        assertEquals("Fine", PlainText.requireText("Fine", "x.y"));
    }
}
