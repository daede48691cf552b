package vn.dondoc.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import vn.dondoc.task.Role;
import vn.dondoc.task.Task;
import vn.dondoc.task.TaskFilter;
import vn.dondoc.task.TaskFilterParams;
import vn.dondoc.task.TaskRow;
import vn.dondoc.task.ValueWords;
import vn.dondoc.web.OfficeClock;

/**
 * The task list as CSV and Excel: every task the list's filter selects (same parameters as {@code /tasks}),
 * written batch by batch as the file goes out, so that a large list never sits in memory. The paths are
 * {@code /tasks.csv} and {@code /tasks.xlsx}, beside (not under) the list's {@code /tasks/{id}}.
 */
@Path("/")
@Authenticated
public class TaskExportResource {

    private static final int BATCH = 500;
    /** Rows of the spreadsheet held in memory before they are written out. */
    private static final int WINDOW = 100;

    @Context
    HttpHeaders headers;

    @GET
    @Path("tasks.csv")
    @Produces("text/csv")
    public Response csv(@BeanParam TaskFilterParams params, @Context UriInfo uri) {
        return export(params, uri, "text/csv; charset=UTF-8", "csv", (filter, msg) -> out -> {
            out.write(Sheets.bom());
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            StringBuilder line = new StringBuilder();
            Sheets.csvRow(line, headers(msg));
            eachBatch(filter, rows -> {
                for (TaskRow row : rows) {
                    Sheets.csvRow(line, values(row, msg, ReportText::csvDate));
                }
                write(writer, line);
            });
            write(writer, line);
            writer.flush();
        });
    }

    @GET
    @Path("tasks.xlsx")
    @Produces(ReportResource.XLSX)
    public Response xlsx(@BeanParam TaskFilterParams params, @Context UriInfo uri) {
        return export(params, uri, ReportResource.XLSX, "xlsx", (filter, msg) -> out -> {
            // The rows are made while the file is written, straight into its zip entry: the first bytes leave at
            // once, and only the current window of rows is ever in memory, with no temporary file.
            DeferredSXSSFWorkbook book = new DeferredSXSSFWorkbook(WINDOW);
            try {
                DeferredSXSSFSheet sheet = book.createSheet(msg.task.task_list_title());
                Sheets.Styles styles = new Sheets.Styles(book);
                sheet.createFreezePane(0, 1);
                int[] widths = {8, 80, 50, 12, 24, 40, 40, 18, 26};
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, widths[c] * 256);
                }
                sheet.setRowGenerator(rows -> {
                    Sheets.header(rows.createRow(0), headers(msg), styles.header());
                    int[] next = {1};
                    eachBatch(filter, batch -> {
                        for (TaskRow row : batch) {
                            Row r = rows.createRow(next[0]++);
                            List<String> values = values(row, msg, day -> null);
                            for (int c = 0; c < values.size(); c++) {
                                Cell cell = r.createCell(c);
                                if (c == 0) {
                                    cell.setCellValue(row.task().id);
                                } else if (c == 3 && row.task().deadline != null) {
                                    cell.setCellValue(row.task().deadline);
                                    cell.setCellStyle(styles.date());
                                } else if (values.get(c) != null) {
                                    SpreadsheetCell.text(cell, values.get(c), styles.quoted());
                                }
                            }
                        }
                    });
                });
                book.write(out);
            } finally {
                book.close();
            }
        });
    }

    /** A filter that cannot be read goes back to the list, which shows what is wrong next to each field. */
    private Response export(TaskFilterParams params, UriInfo uri, String type, String extension,
            BiFunction<TaskFilter, ReportText, StreamingOutput> writer) {
        TaskFilter.Parsed parsed = params.parse();
        if (!parsed.valid()) {
            String query = uri.getRequestUri().getRawQuery();
            return Response.seeOther(URI.create("/tasks" + (query == null ? "" : "?" + query))).build();
        }
        String name = "nhiem-vu-" + OfficeClock.today() + "." + extension;
        return Response.ok(writer.apply(parsed.filter(), text()), type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** Runs through the filtered tasks in the list's order, a batch at a time, each in its own transaction. */
    private static void eachBatch(TaskFilter filter, Consumer<List<TaskRow>> consumer) {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> Task.matchingIds(filter));
        for (int start = 0; start < ids.size(); start += BATCH) {
            List<Long> batch = ids.subList(start, Math.min(ids.size(), start + BATCH));
            QuarkusTransaction.requiringNew().run(() -> {
                Map<Long, Task> tasks = Task.<Task>list("from Task t join fetch t.directive where t.id in ?1", batch)
                        .stream().collect(Collectors.toMap(t -> t.id, Function.identity()));
                List<Task> ordered = batch.stream().map(tasks::get).filter(t -> t != null).toList();
                consumer.accept(Task.rows(ordered, OfficeClock.today()));
            });
        }
    }

    private static List<String> headers(ReportText text) {
        ReportMessages msg = text.msg;
        return List.of(msg.report_export_id(), text.task.task_table_task(), msg.task_table_directive(), text.task.task_table_deadline(),
                msg.report_export_deadline_text(), msg.report_export_lead(), msg.report_export_support(),
                text.task.task_table_status(), msg.report_export_progress());
    }

    private static List<String> values(TaskRow row, ReportText text, Function<LocalDate, String> date) {
        Task task = row.task();
        List<String> values = new ArrayList<>();
        values.add(String.valueOf(task.id));
        values.add(task.text);
        values.add(task.directive.title);
        values.add(task.deadline == null ? "" : date.apply(task.deadline));
        values.add(task.deadlineText == null ? "" : task.deadlineText);
        values.add(owners(row, Role.LEAD));
        values.add(owners(row, Role.SUPPORT));
        values.add(ValueWords.word(row.status(), text.locale));
        values.add(ValueWords.word(row.progress(), text.locale));
        return values;
    }

    private static String owners(TaskRow row, Role role) {
        return row.owners().stream().filter(a -> a.role == role).map(a -> a.body.name).sorted(Comparator.naturalOrder())
                .collect(Collectors.joining("; "));
    }

    private static void write(Writer writer, StringBuilder line) {
        try {
            writer.write(line.toString());
            line.setLength(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ReportText text() {
        return ReportText.of(headers);
    }
}
