package vn.dondoc.operations;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.dondoc.web.OfficeClock;

/**
 * Backups of the H2 database, made online with H2's {@code BACKUP TO} (consistent while the application keeps
 * working) into {@code <data folder>/backups/dondoc-YYYY-MM-DD-HHmm.zip}. The zip holds the database file as it
 * lies in the data folder: unzipped into an empty folder, it is a data folder to start with.
 */
@ApplicationScoped
public class Backups {

    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(OfficeClock.ZONE);
    /** The only names the application makes, and so the only ones it lists or hands out. */
    static final Pattern NAME = Pattern.compile("dondoc-\\d{4}-\\d{2}-\\d{2}-\\d{4}(-\\d{1,3})?\\.zip");

    @Inject
    DataFolder folder;
    @Inject
    AgroalDataSource dataSource;

    /** A backup on disk. */
    public record Backup(String name, long bytes, Instant made) {

        public long kilobytes() {
            return (bytes + 1023) / 1024;
        }

        public String madeText() {
            return SHOWN.format(made);
        }
    }

    /** Whether this application can make backups itself: only of the H2 file. */
    public boolean available() {
        return folder.holdsDatabase();
    }

    /** Makes a backup now and returns it. */
    public Backup make() throws SQLException {
        Path target = freeName(OfficeClock.now());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
        }
        return describe(target);
    }

    /** The backups in the folder, newest first. */
    public List<Backup> list() {
        Path dir = folder.backups();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> NAME.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file))
                    .map(Backups::describe)
                    .sorted(Comparator.comparing(Backup::made).thenComparing(Backup::name).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The backup file of that name, if it is one this application made; any other name finds nothing. */
    public Optional<Path> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = folder.backups().resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The minute's name, or with -2, -3 ... when a backup was already made in that minute. */
    private Path freeName(LocalDateTime now) {
        Path dir = folder.backups();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String stem = "dondoc-" + NAME_TIME.format(now);
        Path file = dir.resolve(stem + ".zip");
        for (int n = 2; Files.exists(file); n++) {
            file = dir.resolve(stem + "-" + n + ".zip");
        }
        return file;
    }

    private static Backup describe(Path file) {
        try {
            return new Backup(file.getFileName().toString(), Files.size(file), Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
