package id.naikkelas.imports;

import id.naikkelas.common.InvalidInput;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The byte-level XML check reads parts as they are inflated, in pieces cut anywhere. */
class XmlShapeTest {

    private static final String SHEET = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<!-- written by hand --><x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<x:sheetData><x:row r=\"1\" spans='1:2'><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t><![CDATA[Kue <Bolu> & \"Pandan\"]]></x:t></x:is></x:c>"
            + "<x:c r=\"B1\" s=\"1\"><x:f>A1&amp;\"&gt;\"</x:f><x:v>3</x:v></x:c></x:row>"
            + "<x:row r=\"2\"/><x:row r=\"1048576\"><x:c r=\"XFD1048576\" t=\"s\"><x:v>0</x:v></x:c></x:row>"
            + "</x:sheetData></x:worksheet>";

    @Test
    void aValidPartPassesWhereverItIsCut() {
        byte[] bytes = SHEET.replace("XFD", "AMJ").getBytes(StandardCharsets.UTF_8);
        var random = new Random(14);
        for (int round = 0; round < 50; round++) {
            var shape = new XmlShape();
            for (int i = 0; i < bytes.length; ) {
                int n = Math.min(bytes.length - i, 1 + random.nextInt(round == 0 ? 1 : 40));
                shape.feed(bytes, i, n);
                i += n;
            }
            assertThatCode(shape::finish).doesNotThrowAnyException();
        }
    }

    @Test
    void addressesPastTheLimitsAreRefusedWithPrefixedNamesToo() {
        refused(SHEET, "imports.limit.columnsInFile");
        refused(SHEET.replace("XFD", "AMJ").replace("1048576", "1048577"), "imports.limit.rows");
    }

    @Test
    void aLongCellIsRefusedEvenSplitIntoRunsOrCdata() {
        String runs = "<sst><si>" + "<r><t>" + "a".repeat(100_000) + "</t></r>".repeat(1) + "<r><t>" + "b".repeat(100_000) + "</t></r></si></sst>";
        refused(runs, "imports.limit.cellInFile");
        refused("<sheetData><row><c t=\"inlineStr\"><is><t><![CDATA[" + "c".repeat(200_000) + "]]></t></is></c></row></sheetData>",
                "imports.limit.cellInFile");
    }

    @Test
    void declarationsAreRefusedButCommentsAndInstructionsAreNot() {
        refused("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaa\">]><sst/>", "imports.file.doctype");
        refused("<sst><!ENTITY a \"aaaa\"></sst>", "imports.file.doctype");
        refused("<a>" + "<b>".repeat(100) + "</a>", "imports.file.unreadable");
        var shape = new XmlShape();
        byte[] ok = "<?xml version=\"1.0\"?><!-- a > b --><?pi x?><sst><si><t>x</t></si></sst>".getBytes(StandardCharsets.UTF_8);
        shape.feed(ok, 0, ok.length);
        assertThatCode(shape::finish).doesNotThrowAnyException();
    }

    private static void refused(String xml, String code) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> {
            var shape = new XmlShape();
            for (int i = 0; i < bytes.length; i += 7) {
                shape.feed(bytes, i, Math.min(7, bytes.length - i));
            }
            shape.finish();
        }).isInstanceOfSatisfying(InvalidInput.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.violations().get(0).code()).isEqualTo(code));
    }
}
