package id.naikkelas.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile workbooks made in the test, streamed into the zip so a bomb never exists inflated in memory:
 * each is a valid minimal .xlsx (FastExcel reads the small ones) with one part that is far too big.
 * Their sizes are chosen so that a broken limit makes a test fail, not the shared test JVM run out of memory.
 */
final class Bombs {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String HEADER_ROW = "<row r=\"1\">" + inline("A1", "Nama Usaha") + inline("B1", "Nama Pemilik") + "</row>";

    private Bombs() {
    }

    /** Writes part of a sheet or of the shared strings into the zip as it is compressed. */
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** A workbook whose sheet data (between {@code <sheetData>} tags) and shared strings (inside {@code <sst>}) are given. */
    static byte[] workbook(Content sheetData, Content sharedStrings) {
        return workbook(sheetData, sharedStrings, "<xf numFmtId=\"0\"/>");
    }

    /** The same with the cell formats given (inside {@code <cellXfs>}): {@code <xf numFmtId="14"/>} second makes s="1" a date. */
    static byte[] workbook(Content sheetData, Content sharedStrings, String cellFormats) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\"" + DOC_RELS
                    + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC_RELS + "\"><sheets>"
                    + "<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + DOC_RELS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\"" + DOC_RELS + "/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\"><cellXfs>" + cellFormats + "</cellXfs></styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">");
            sharedStrings.write(zip);
            write(zip, "</sst>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            sheetData.write(zip);
            write(zip, "</sheetData></worksheet>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The file: one shared string of {@code chars} characters, used by one cell under a header row. */
    static byte[] hugeSharedString(long chars) {
        return workbook(out -> write(out, HEADER_ROW + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"),
                out -> {
                    write(out, "<si><t>");
                    repeat(out, "A", chars);
                    write(out, "</t></si>");
                });
    }

    /** Rows without addresses (optional in the format), all alike: they compress about a thousand times. */
    static byte[] tinyRows(long rows) {
        return workbook(out -> {
            write(out, HEADER_ROW);
            repeat(out, "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>", rows);
        }, out -> { });
    }

    /** Numbered rows, so they compress only as real data does; there are just too many. */
    static byte[] numberedRows(int rows) {
        return workbook(out -> {
            write(out, HEADER_ROW);
            var row = new StringBuilder();
            for (int r = 2; r <= rows + 1; r++) {
                row.setLength(0);
                row.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>Usaha ")
                        .append(r).append("</t></is></c></row>");
                write(out, row.toString());
            }
        }, out -> { });
    }

    /** A column computed by one shared formula of {@code length} characters, used by {@code rows} cells. */
    static byte[] sharedFormula(int length, int rows) {
        String formula = "A2+".repeat(length / 3) + "1";
        return workbook(out -> {
            write(out, HEADER_ROW + "<row r=\"2\">" + inline("A2", "Kue") + "<c r=\"B2\"><f t=\"shared\" ref=\"B2:B" + (rows + 1)
                    + "\" si=\"0\">" + formula + "</f><v>1</v></c></row>");
            var row = new StringBuilder();
            for (int r = 3; r <= rows + 1; r++) {
                row.setLength(0);
                row.append("<row r=\"").append(r).append("\">").append(inline("A" + r, "Kue")).append("<c r=\"B").append(r)
                        .append("\"><f t=\"shared\" si=\"0\"/><v>1</v></c></row>");
                write(out, row.toString());
            }
        }, out -> { });
    }

    /** A small valid list in the same shape: proves the fixtures are workbooks the reader accepts. */
    static byte[] smallList() {
        return workbook(out -> write(out, HEADER_ROW + "<row r=\"2\">" + inline("A2", "Keripik Nanas") + inline("B2", "Siti")
                + "</row><row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c>" + inline("B3", "Nur") + "</row>"),
                out -> write(out, "<si><t>Bolu Kemojo</t></si>"));
    }

    /** A sheet carrying an external entity, as an XXE probe would. */
    static byte[] withDoctype() {
        byte[] normal = workbook(out -> write(out, HEADER_ROW), out -> { });
        return replaceSheet(normal, "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + HEADER_ROW
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>");
    }

    /** The sheet in UTF-16, which a byte-level check cannot follow (Excel writes UTF-8). */
    static byte[] utf16Sheet() {
        byte[] normal = workbook(out -> write(out, HEADER_ROW), out -> { });
        var bytes = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(normal)); var out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                out.write(entry.getName().equals("xl/worksheets/sheet1.xml")
                        ? new String(content, StandardCharsets.UTF_8).replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16)
                        : content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One cell far to the right: the reader would make a list as long as its column number for the row. */
    static byte[] farColumn(String address) {
        return workbook(out -> write(out, HEADER_ROW + "<row r=\"2\"><c r=\"" + address + "\"><v>1</v></c></row>"), out -> { });
    }

    /** A plain zip with many empty entries (the central directory alone would be large). */
    static byte[] manyEntries(int count) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("e" + i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The same zip with every entry's declared (uncompressed) size in the central directory set equal to
     * its compressed size: nothing looks inflated until it is read.
     */
    static byte[] lyingAboutSizes(byte[] zip) {
        byte[] copy = Arrays.copyOf(zip, zip.length);
        var buffer = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 <= copy.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) {
                buffer.putInt(i + 24, buffer.getInt(i + 20));
            }
        }
        return copy;
    }

    /** The same zip with every entry declaring {@code size} bytes once inflated. */
    static byte[] declaring(byte[] zip, int size) {
        byte[] copy = Arrays.copyOf(zip, zip.length);
        var buffer = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 <= copy.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) {
                buffer.putInt(i + 24, size);
            }
        }
        return copy;
    }

    /** A shared string of random letters: compresses like text, so only its length gives it away. */
    static byte[] randomSharedString(int chars) {
        var random = new java.util.Random(14);
        var text = new StringBuilder(chars);
        for (int i = 0; i < chars; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return workbook(out -> write(out, HEADER_ROW + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"),
                out -> write(out, "<si><t>" + text + "</t></si>"));
    }

    private static byte[] replaceSheet(byte[] zip, String sheet) {
        var bytes = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip)); var out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    write(out, sheet);
                } else {
                    in.transferTo(out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String inline(String address, String text) {
        return "<c r=\"" + address + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, content);
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code times} copies of {@code unit}, written a block at a time. */
    static void repeat(OutputStream out, String unit, long times) throws IOException {
        byte[] one = unit.getBytes(StandardCharsets.UTF_8);
        int perBlock = Math.max(1, (1 << 16) / one.length);
        byte[] block = new byte[perBlock * one.length];
        for (int i = 0; i < perBlock; i++) {
            System.arraycopy(one, 0, block, i * one.length, one.length);
        }
        long left = times;
        while (left > 0) {
            int n = (int) Math.min(perBlock, left);
            out.write(block, 0, n * one.length);
            left -= n;
        }
    }
}
