package vn.dondoc.report;

import jakarta.ws.rs.QueryParam;

/** The report's filter as the GET form sends it; every view of the report (page, print, files) takes it. */
public class ProgressForm {

    @QueryParam("directive")
    String directive;
    @QueryParam("from")
    String from;
    @QueryParam("to")
    String to;
    @QueryParam("asof")
    String asof;
    @QueryParam("compare")
    String compare;
    @QueryParam("merge")
    boolean merge;
}
