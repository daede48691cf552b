package vn.dondoc.body;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A body that tasks are assigned to (cơ quan, đơn vị chịu trách nhiệm). */
@Entity
@Table(name = "responsible_body")
public class ResponsibleBody extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "responsible_body_seq")
    @SequenceGenerator(name = "responsible_body_seq", sequenceName = "responsible_body_seq", allocationSize = 50)
    public Long id;

    public String code;
    public String name;
    @Column(name = "name_en")
    public String nameEn;
    @Convert(converter = BodyKind.Column.class)
    public BodyKind kind;
    /** Other spellings and abbreviations, separated by {@code ;}. */
    public String aliases;
    /** Areas of work in the words directives use, separated by {@code ,}. */
    public String areas;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    @Column(name = "successor_code")
    public String successorCode;
    public String evidence;
    @Version
    public long version;

    public List<String> aliasList() {
        return split(aliases, ";");
    }

    public List<String> areaList() {
        return split(areas, ",");
    }

    /** Whether the body existed under this name on the given day. */
    public boolean existedOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || day.isBefore(validUntil));
    }

    public static Optional<ResponsibleBody> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static Optional<ResponsibleBody> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    public static List<ResponsibleBody> listByName() {
        return list("order by name");
    }

    private static List<String> split(String value, String separator) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
