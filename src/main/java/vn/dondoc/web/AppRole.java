package vn.dondoc.web;

/** What a user may do. The names are the security roles checked on every page and API endpoint. */
public enum AppRole {
    /** Quản trị: users, bodies, everything. */
    ADMIN,
    /** Văn thư, chuyên viên theo dõi: imports directives, assigns and edits any task. */
    CLERK,
    /** Cán bộ của một cơ quan: updates the assignments of their own body, sees all tasks. */
    STAFF,
    /** Lãnh đạo, người xem: reads and prints. */
    VIEWER;

    public static final String ADMIN_ROLE = "ADMIN";
    public static final String CLERK_ROLE = "CLERK";
    public static final String STAFF_ROLE = "STAFF";
    public static final String VIEWER_ROLE = "VIEWER";
}
