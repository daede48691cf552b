package vn.dondoc.operations;

import java.sql.Connection;
import java.sql.DriverManager;

/** A second process on the database file, as a second instance or an H2 console would be: open until stopped. */
public final class HoldsDatabase {

    static final String OPEN = "open";

    private HoldsDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
            System.out.println(OPEN);
            System.out.flush();
            System.in.read();
        }
    }
}
