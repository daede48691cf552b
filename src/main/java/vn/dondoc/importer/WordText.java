package vn.dondoc.importer;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a Word (.docx) file, read with bounded work: the archive's parts are counted and inflated through a
 * budget, and {@code word/document.xml} is streamed, never built as a tree, and stops at the text limit. A document
 * model (Apache POI's) of a file of 19 MB took gigabytes; this holds at most the text it returns.
 */
final class WordText {

    /** More parts than a Word document with many pictures has: a file of thousands is built to do harm. */
    static final int MAX_ENTRIES = 1000;
    /** All parts together, inflated: pictures are stored as they are, so a large file of pictures stays under this. */
    static final long MAX_EXPANDED_BYTES = 100L * 1024 * 1024;
    /** Elements inside elements: a text's tables within tables reach a few dozen. */
    static final int MAX_DEPTH = 200;

    private static final String DOCUMENT = "word/document.xml";
    private static final XMLInputFactory XML = xmlFactory();

    private WordText() {
    }

    /**
     * The paragraphs, one a line, and the rows of top-level tables as {@code | a | b |} lines.
     *
     * @param maxChars the longest text taken: reading stops there
     * @throws ImportProblem {@code BINARY} for what is not a Word file, {@code TOO_COMPLEX} over a limit of the archive
     *                       or its nesting, {@code TOO_LARGE} for a longer text
     */
    static String read(byte[] bytes, long maxChars) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            int entries = 0;
            long inflated = 0;
            String text = null;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES || e.getSize() > MAX_EXPANDED_BYTES) {
                    throw new ImportProblem(ImportError.TOO_COMPLEX);
                }
                Budget part = new Budget(zip, inflated);
                if (e.getName().equals(DOCUMENT) && text == null) {
                    text = document(part, maxChars);
                }
                part.skipRest();
                inflated += part.used;
            }
            if (text == null) {
                throw new ImportProblem(ImportError.BINARY);
            }
            return text;
        } catch (Budget.Spent e) {
            throw new ImportProblem(ImportError.TOO_COMPLEX);
        } catch (IOException | IllegalArgumentException e) {
            // a file named .docx that is not a zip of Word's parts is not a Word document
            throw new ImportProblem(ImportError.BINARY);
        }
    }

    private static String document(Budget in, long maxChars) throws IOException {
        XMLStreamReader xml;
        try {
            xml = XML.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw new ImportProblem(ImportError.BINARY);
        }
        Collector out = new Collector(maxChars);
        try {
            int depth = 0;
            int skipping = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++depth > MAX_DEPTH) {
                        throw new ImportProblem(ImportError.TOO_COMPLEX);
                    }
                    String name = xml.getLocalName();
                    if (skipping > 0 || name.equals("Fallback")) {
                        // what a newer Word shows is also written the older way, in a fallback: read it once
                        skipping++;
                    } else if (word(xml)) {
                        out.start(name);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (skipping > 0) {
                        skipping--;
                    } else if (word(xml)) {
                        out.end(xml.getLocalName());
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && skipping == 0 && out.inText) {
                    out.text(xml.getText());
                }
            }
            return out.result();
        } catch (XMLStreamException e) {
            if (in.over) {
                throw new Budget.Spent();
            }
            throw new ImportProblem(ImportError.BINARY);
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // the archive is closed by the caller
            }
        }
    }

    /** Whether the element is one of Word's own (not a drawing's or a chart's, which have a {@code t} of their own). */
    private static boolean word(XMLStreamReader xml) {
        String ns = xml.getNamespaceURI();
        return ns != null && ns.contains("wordprocessingml");
    }

    /** The text of the body as the reader takes it, gathered element by element. */
    private static final class Collector {
        private final long maxChars;
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder paragraph = new StringBuilder();
        private final List<String> cells = new ArrayList<>();
        private final StringBuilder cell = new StringBuilder();
        private long taken;
        private int paragraphs;
        private int tables;
        private int runs;
        /** Inside a {@code w:t}, whose characters are the text. */
        boolean inText;

        Collector(long maxChars) {
            this.maxChars = maxChars;
        }

        void start(String name) {
            switch (name) {
                case "t" -> inText = true;
                case "p" -> paragraphs++;
                case "tbl" -> tables++;
                case "tr" -> {
                    if (tables == 1) {
                        cells.clear();
                    }
                }
                case "tc" -> {
                    if (tables == 1) {
                        cell.setLength(0);
                    }
                }
                case "r" -> runs++;
                // in a run; a paragraph's properties also list its tab stops, which are not text
                case "tab" -> text(runs > 0 ? "\t" : "");
                case "br", "cr" -> text(runs > 0 ? "\n" : "");
                default -> {
                    // formatting, fields, hyperlinks and the like: their words are in the w:t inside them
                }
            }
        }

        void end(String name) {
            switch (name) {
                case "t" -> inText = false;
                case "r" -> runs--;
                case "p" -> {
                    paragraphs--;
                    if (tables > 0) {
                        text("\n");
                    } else if (paragraphs == 0) {
                        out.append(paragraph).append('\n');
                        paragraph.setLength(0);
                    } else {
                        text(" ");
                    }
                }
                case "tc" -> {
                    if (tables == 1) {
                        cells.add(cell.toString());
                    }
                }
                case "tr" -> {
                    if (tables == 1) {
                        out.append(UploadedText.row(cells)).append('\n');
                    }
                }
                case "tbl" -> tables--;
                default -> {
                    // nothing to close
                }
            }
        }

        void text(String s) {
            if (tables == 0 && paragraphs == 0) {
                return;
            }
            taken += s.length();
            if (taken > maxChars) {
                throw new ImportProblem(ImportError.TOO_LARGE);
            }
            (tables > 0 ? cell : paragraph).append(s);
        }

        String result() {
            return out.toString();
        }
    }

    /** A stream that may give at most {@link #MAX_EXPANDED_BYTES} bytes in all, counting as it goes. */
    private static final class Budget extends FilterInputStream {

        /** Thrown from a read when the budget is spent; turned into a refusal by the reader. */
        static final class Spent extends IOException {
            Spent() {
                super("over " + MAX_EXPANDED_BYTES + " bytes");
            }
        }

        /** Bytes read from this part. */
        long used;
        /** Whether the budget ran out (a parser may hide the exception inside its own). */
        boolean over;
        private final long before;

        /** A part of the archive, after {@code before} bytes of the parts before it. */
        Budget(InputStream in, long before) {
            super(in);
            this.before = before;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                used++;
                check();
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                used += n;
                check();
            }
            return n;
        }

        /** Reads the rest of the part through the budget (a zip's part is inflated to be passed over). */
        void skipRest() throws IOException {
            byte[] buf = new byte[64 * 1024];
            while (read(buf, 0, buf.length) >= 0) {
                // counted by read
            }
        }

        @Override
        public void close() {
            // the archive's stream is closed by the archive
        }

        private void check() throws Spent {
            if (used + before > MAX_EXPANDED_BYTES) {
                over = true;
                throw new Spent();
            }
        }
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // no document type, no entities: nothing outside the file is read, and nothing expands inside it
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }
}
