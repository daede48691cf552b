package vn.dondoc.task;

import jakarta.ws.rs.QueryParam;

/**
 * The task filter's request parameters as typed, for {@code @BeanParam}: every page or export that lists
 * tasks takes the same parameters and shows the user's own values back in the form.
 */
public class TaskFilterParams {

    @QueryParam("body")
    public String body;
    @QueryParam("role")
    public String role;
    @QueryParam("status")
    public String status;
    @QueryParam("progress")
    public String progress;
    @QueryParam("from")
    public String from;
    @QueryParam("to")
    public String to;
    @QueryParam("directive")
    public String directive;
    @QueryParam("q")
    public String q;
    @QueryParam("sort")
    public String sort;

    public TaskFilter.Parsed parse() {
        return TaskFilter.parse(body, role, status, progress, from, to, directive, q, sort);
    }
}
