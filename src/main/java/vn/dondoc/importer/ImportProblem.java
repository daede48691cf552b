package vn.dondoc.importer;

/** An import that cannot go ahead, for a reason the user can fix. */
public class ImportProblem extends RuntimeException {

    private final ImportError error;
    private final Long existingDirectiveId;

    public ImportProblem(ImportError error) {
        this(error, null);
    }

    private ImportProblem(ImportError error, Long existingDirectiveId) {
        super(error.code(), null, false, false);
        this.error = error;
        this.existingDirectiveId = existingDirectiveId;
    }

    /** The same text was imported before, as the given directive. */
    public static ImportProblem duplicateOf(Long existingDirectiveId) {
        return new ImportProblem(ImportError.DUPLICATE, existingDirectiveId);
    }

    public ImportError error() {
        return error;
    }

    /** For {@link ImportError#DUPLICATE}: the directive that holds this text already. */
    public Long existingDirectiveId() {
        return existingDirectiveId;
    }
}
