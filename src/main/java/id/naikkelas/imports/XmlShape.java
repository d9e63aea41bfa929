package id.naikkelas.imports;

import id.naikkelas.common.InvalidInput;

/**
 * Looks at the bytes of one XML part of a workbook as they are inflated, before the spreadsheet reader
 * (FastExcel over a StAX parser, which has no limits of its own) sees them, and refuses what would make
 * that reader hold unbounded text or do unbounded work: a cell or shared string longer than Excel allows,
 * a cell address past the column or row limit (the reader sizes each row by it), too many rows, formulas
 * longer than Excel's or too many array/shared formulas, deep nesting, huge tags, many distinct names, and
 * any DOCTYPE or ENTITY declaration (no workbook has one; they are how XXE and entity expansion work).
 *
 * <p>A byte-level state machine rather than a parser, so that nothing it reads is ever buffered beyond
 * one tag. Text is counted in bytes: a character takes at least one byte, so bytes bound the strings the
 * reader will build. Names are compared by their local part, as the reader does ("x:c" is a cell).
 */
final class XmlShape {

    private enum State { TEXT, TAG, MARKUP, COMMENT, CDATA, INSTRUCTION }

    private static final byte[] COMMENT_START = {'!', '-', '-'};
    private static final byte[] CDATA_START = {'!', '[', 'C', 'D', 'A', 'T', 'A', '['};

    private final byte[] tag = new byte[FileLimits.MAX_TAG_BYTES];
    private final NameTable names = new NameTable(FileLimits.MAX_NAMES);
    private State state = State.TEXT;
    private int tagLength;
    private byte quote;
    private int depth;
    /** The last three bytes, to see where a comment, CDATA section or instruction ends. */
    private int tail;
    private long skipped;

    private boolean inCell;
    private boolean inSharedString;
    private boolean inFormula;
    private long textRun;
    private long cellText;
    private long sharedText;
    private long formulaText;
    private long rows;
    private int cellsInRow;
    private int arrayFormulas;
    private int sharedFormulas;
    /** Text length of each shared formula defined so far, by its si; and the work their uses cost the reader. */
    private final int[] sharedLengths = new int[FileLimits.MAX_SHARED_FORMULAS];
    private int definingShared = -1;
    private long sharedWork;

    void feed(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            if (state == State.TEXT) {
                // text runs and tags are taken in bulk: this runs over every inflated byte of a workbook
                int next = i;
                while (next < end && bytes[next] != '<') {
                    next++;
                }
                if (next > i) {
                    text(next - i);
                }
                if (next < end) {
                    state = State.TAG;
                    tagLength = 0;
                    quote = 0;
                    textRun = 0;
                }
                i = next + 1;
            } else if (state == State.TAG && tagLength > 0) {
                int next = i;
                if (quote != 0) {
                    while (next < end && bytes[next] != quote) {
                        next++;
                    }
                } else {
                    while (next < end && bytes[next] != '>' && bytes[next] != '"' && bytes[next] != '\'' && bytes[next] != '<') {
                        next++;
                    }
                }
                append(bytes, i, next - i);
                if (next < end) {
                    tagByte(bytes[next]);
                }
                i = next + 1;
            } else {
                feedByte(bytes[i++]);
            }
        }
    }

    private void append(byte[] bytes, int from, int count) {
        if (tagLength + count > tag.length) {
            throw unreadable();
        }
        System.arraycopy(bytes, from, tag, tagLength, count);
        tagLength += count;
    }

    private void feedByte(byte b) {
        switch (state) {
            case TEXT -> throw new IllegalStateException("text is fed in bulk");
            case TAG -> tagByte(b);
            case MARKUP -> markupByte(b);
            case COMMENT -> skippedUntil(b, '-', '-', '>');
            case INSTRUCTION -> skippedUntil(b, -1, '?', '>');
            case CDATA -> {
                tail = (tail << 8 | (b & 0xFF)) & 0xFFFFFF;
                if (tail == (']' << 16 | ']' << 8 | '>')) {
                    state = State.TEXT;
                    textRun = 0;
                } else {
                    text(1);
                }
            }
        }
    }

    /** At the end of the part: a tag left open means the XML is cut off. */
    void finish() {
        if (state != State.TEXT) {
            throw unreadable();
        }
    }

    private void tagByte(byte b) {
        if (tagLength == 0 && b == '!') {
            state = State.MARKUP;
            tag[tagLength++] = b;
            return;
        }
        if (tagLength == 0 && b == '?') {
            state = State.INSTRUCTION;
            skipped = 0;
            tail = 0;
            return;
        }
        if (quote != 0) {
            if (b == quote) {
                quote = 0;
            }
        } else if (b == '"' || b == '\'') {
            quote = b;
        } else if (b == '>') {
            state = State.TEXT;
            element();
            return;
        } else if (b == '<') {
            throw unreadable();
        }
        if (tagLength == tag.length) {
            throw unreadable();
        }
        tag[tagLength++] = b;
    }

    /** After "<!": only a comment or a CDATA section; anything else is a declaration (DOCTYPE, ENTITY...). */
    private void markupByte(byte b) {
        tag[tagLength++] = b;
        if (startsWith(COMMENT_START)) {
            state = State.COMMENT;
            skipped = 0;
            tail = 0;
        } else if (startsWith(CDATA_START)) {
            state = State.CDATA;
            tail = 0;
        } else if (!prefixOf(COMMENT_START) && !prefixOf(CDATA_START)) {
            throw InvalidInput.of("file", "imports.file.doctype");
        }
    }

    private boolean startsWith(byte[] prefix) {
        if (tagLength != prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (tag[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean prefixOf(byte[] whole) {
        if (tagLength > whole.length) {
            return false;
        }
        for (int i = 0; i < tagLength; i++) {
            if (tag[i] != whole[i]) {
                return false;
            }
        }
        return true;
    }

    /** Comments and instructions are skipped by the reader, but it still buffers each one: bounded like a tag. */
    private void skippedUntil(byte b, int first, int second, int last) {
        tail = (tail << 8 | (b & 0xFF)) & 0xFFFFFF;
        boolean ended = first < 0 ? (tail & 0xFFFF) == (second << 8 | last) : tail == (first << 16 | second << 8 | last);
        if (ended) {
            state = State.TEXT;
            textRun = 0;
        } else if (++skipped > FileLimits.MAX_TAG_BYTES) {
            throw unreadable();
        }
    }

    private void text(int bytes) {
        textRun += bytes;
        if (textRun > FileLimits.MAX_CELL_XML_BYTES) {
            throw cellTooLong();
        }
        if (inCell && (cellText += bytes) > FileLimits.MAX_CELL_XML_BYTES) {
            throw cellTooLong();
        }
        if (inSharedString) {
            if ((cellText += bytes) > FileLimits.MAX_CELL_XML_BYTES) {
                throw cellTooLong();
            }
            if ((sharedText += bytes) > FileLimits.MAX_SHARED_TEXT_BYTES) {
                throw InvalidInput.of("file", "imports.limit.sharedText", FileLimits.MAX_SHARED_TEXT_BYTES >> 20);
            }
        }
        if (inFormula && (formulaText += bytes) > FileLimits.MAX_FORMULA_XML_BYTES) {
            throw formulas();
        }
    }

    /** A whole tag is in {@code tag[0..tagLength)}, without its angle brackets. Allocates nothing: it runs per tag. */
    private void element() {
        if (tagLength > 0 && tag[0] == '/') {
            int end = nameEnd(1);
            names.add(tag, 1, end);
            if (--depth < 0) {
                throw unreadable();
            }
            switch (kind(1, end)) {
                case CELL -> inCell = false;
                case SHARED_STRING -> inSharedString = false;
                case FORMULA -> {
                    inFormula = false;
                    if (definingShared >= 0) {
                        sharedLengths[definingShared] = (int) formulaText;
                        definingShared = -1;
                    }
                }
                default -> {
                }
            }
            return;
        }
        int end = nameEnd(0);
        if (end == 0) {
            throw unreadable();
        }
        names.add(tag, 0, end);
        boolean selfClosing = tag[tagLength - 1] == '/';
        if (!selfClosing && ++depth > FileLimits.MAX_DEPTH) {
            throw unreadable();
        }
        attributes(end);
        switch (kind(0, end)) {
            case ROW -> row();
            case CELL -> cell(selfClosing);
            case SHARED_STRING -> {
                inSharedString = !selfClosing;
                cellText = 0;
            }
            case FORMULA -> formula(selfClosing);
            default -> {
            }
        }
    }

    private static final int OTHER = 0;
    private static final int ROW = 1;
    private static final int CELL = 2;
    private static final int SHARED_STRING = 3;
    private static final int FORMULA = 4;

    /** Which of the elements that matter the name is, by its local part. */
    private int kind(int from, int to) {
        int start = from;
        for (int i = from; i < to; i++) {
            if (tag[i] == ':') {
                start = i + 1;
            }
        }
        int length = to - start;
        if (length == 1) {
            return tag[start] == 'c' ? CELL : tag[start] == 'f' ? FORMULA : OTHER;
        }
        if (length == 2 && tag[start] == 's' && tag[start + 1] == 'i') {
            return SHARED_STRING;
        }
        if (length == 3 && tag[start] == 'r' && tag[start + 1] == 'o' && tag[start + 2] == 'w') {
            return ROW;
        }
        return OTHER;
    }

    // where the values of the attributes r, t and ref of the current tag are (start, end), -1 when absent
    private int rFrom;
    private int rTo;
    private int tFrom;
    private int tTo;
    private int siFrom;
    private int siTo;
    private boolean hasRef;

    /** Walks the attributes after the name, noting r, t and ref; every name is counted as distinct or not. */
    private void attributes(int from) {
        rFrom = -1;
        tFrom = -1;
        siFrom = -1;
        hasRef = false;
        int i = from;
        while (true) {
            while (i < tagLength && (space(tag[i]) || tag[i] == '/')) {
                i++;
            }
            if (i >= tagLength) {
                return;
            }
            int nameStart = i;
            while (i < tagLength && tag[i] != '=' && !space(tag[i])) {
                i++;
            }
            int nameEnd = i;
            names.add(tag, nameStart, nameEnd);
            while (i < tagLength && space(tag[i])) {
                i++;
            }
            if (i >= tagLength || tag[i] != '=') {
                throw unreadable();
            }
            i++;
            while (i < tagLength && space(tag[i])) {
                i++;
            }
            if (i >= tagLength || (tag[i] != '"' && tag[i] != '\'')) {
                throw unreadable();
            }
            byte q = tag[i++];
            int valueStart = i;
            while (i < tagLength && tag[i] != q) {
                i++;
            }
            if (i >= tagLength) {
                throw unreadable();
            }
            note(nameStart, nameEnd, valueStart, i);
            i++;
        }
    }

    private void note(int nameStart, int nameEnd, int valueStart, int valueEnd) {
        int length = nameEnd - nameStart;
        if (length == 1 && tag[nameStart] == 'r') {
            rFrom = valueStart;
            rTo = valueEnd;
        } else if (length == 1 && tag[nameStart] == 't') {
            tFrom = valueStart;
            tTo = valueEnd;
        } else if (length == 3 && tag[nameStart] == 'r' && tag[nameStart + 1] == 'e' && tag[nameStart + 2] == 'f') {
            hasRef = true;
        } else if (length == 2 && tag[nameStart] == 's' && tag[nameStart + 1] == 'i') {
            siFrom = valueStart;
            siTo = valueEnd;
        }
    }

    private void row() {
        if (++rows > FileLimits.MAX_ROWS) {
            throw tooManyRows();
        }
        cellsInRow = 0;
        if (rFrom >= 0 && number(rFrom, rTo) > FileLimits.MAX_ROWS) {
            throw tooManyRows();
        }
    }

    /** "AB12": letters give the column the reader sizes the row by; the row number must fit as well. */
    private void cell(boolean selfClosing) {
        if (++cellsInRow > FileLimits.MAX_COLUMNS) {
            throw tooManyColumns();
        }
        inCell = !selfClosing;
        cellText = 0;
        if (rFrom < 0) {
            return;
        }
        int i = rFrom;
        long column = 0;
        while (i < rTo && tag[i] >= 'A' && tag[i] <= 'Z') {
            column = column * 26 + (tag[i] - 'A' + 1);
            if (++i - rFrom > 3) {
                throw tooManyColumns();
            }
        }
        if (i == rFrom) {
            throw unreadable();
        }
        if (column > FileLimits.MAX_COLUMNS) {
            throw tooManyColumns();
        }
        if (number(i, rTo) > FileLimits.MAX_ROWS) {
            throw tooManyRows();
        }
    }

    private void formula(boolean selfClosing) {
        inFormula = !selfClosing;
        formulaText = 0;
        definingShared = -1;
        if (is(tFrom, tTo, "array") && ++arrayFormulas > FileLimits.MAX_ARRAY_FORMULAS) {
            throw formulas();
        }
        if (!is(tFrom, tTo, "shared")) {
            return;
        }
        int index = sharedIndex();
        if (hasRef) {
            if (++sharedFormulas > FileLimits.MAX_SHARED_FORMULAS) {
                throw formulas();
            }
            definingShared = index;
        } else {
            // the reader rewrites the shared formula for this cell, with work growing as the square of its length
            long length = sharedLengths[index];
            if ((sharedWork += length * length / 6) > FileLimits.MAX_SHARED_FORMULA_WORK) {
                throw formulas();
            }
        }
    }

    /** The si of a shared formula; Excel numbers them from 0, so they fit the number of definitions allowed. */
    private int sharedIndex() {
        if (siFrom < 0 || siTo - siFrom > 5) {
            throw formulas();
        }
        int value = 0;
        for (int i = siFrom; i < siTo; i++) {
            if (tag[i] < '0' || tag[i] > '9') {
                throw unreadable();
            }
            value = value * 10 + (tag[i] - '0');
        }
        if (value >= FileLimits.MAX_SHARED_FORMULAS) {
            throw formulas();
        }
        return value;
    }

    private boolean is(int from, int to, String value) {
        if (from < 0 || to - from != value.length()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (tag[from + i] != value.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Digits only (no entity, no sign), at most seven of them: the value is then compared with the row limit. */
    private long number(int from, int to) {
        if (to - from < 1) {
            throw unreadable();
        }
        if (to - from > 7) {
            throw tooManyRows();
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            if (tag[i] < '0' || tag[i] > '9') {
                throw unreadable();
            }
            value = value * 10 + (tag[i] - '0');
        }
        return value;
    }

    private int nameEnd(int from) {
        int i = from;
        while (i < tagLength && !space(tag[i]) && tag[i] != '/') {
            i++;
        }
        return i;
    }

    private static boolean space(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private InvalidInput unreadable() {
        return InvalidInput.of("file", "imports.file.unreadable");
    }

    private InvalidInput cellTooLong() {
        return InvalidInput.of("file", "imports.limit.cellInFile", FileLimits.MAX_CELL_CHARS);
    }

    private InvalidInput tooManyRows() {
        return InvalidInput.of("file", "imports.limit.rows", FileLimits.MAX_ROWS);
    }

    private InvalidInput tooManyColumns() {
        return InvalidInput.of("file", "imports.limit.columnsInFile", FileLimits.MAX_COLUMNS);
    }

    private InvalidInput formulas() {
        return InvalidInput.of("file", "imports.limit.formulas", FileLimits.MAX_FORMULA_XML_BYTES, FileLimits.MAX_ARRAY_FORMULAS);
    }

    /** Distinct names seen, by a 64-bit hash of their bytes (no string per tag); more than the limit is refused. */
    private static final class NameTable {
        private final long[] slots;
        private final int max;
        private int count;

        NameTable(int max) {
            this.max = max;
            this.slots = new long[Integer.highestOneBit(max) * 4];
        }

        void add(byte[] bytes, int from, int to) {
            long hash = 0xcbf29ce484222325L;
            for (int i = from; i < to; i++) {
                hash = (hash ^ (bytes[i] & 0xFF)) * 0x100000001b3L;
            }
            hash |= 1; // 0 marks an empty slot
            int mask = slots.length - 1;
            int i = (int) (hash ^ (hash >>> 32)) & mask;
            while (slots[i] != 0) {
                if (slots[i] == hash) {
                    return;
                }
                i = (i + 1) & mask;
            }
            if (++count > max) {
                throw InvalidInput.of("file", "imports.file.unreadable");
            }
            slots[i] = hash;
        }
    }
}
