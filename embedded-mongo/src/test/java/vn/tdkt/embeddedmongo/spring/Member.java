package vn.tdkt.embeddedmongo.spring;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A versioned entity with a unique field, as the services declare theirs. */
@Document("members")
public class Member {

    @Id
    private String id;
    @Indexed(unique = true)
    private String email;
    private String name;
    private String unit;
    private int score;
    @Version
    private Long version;

    public Member() {
    }

    public Member(String email, String name, String unit, int score) {
        this.email = email;
        this.name = name;
        this.unit = unit;
        this.score = score;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public int getScore() {
        return score;
    }

    public void setScore(int score) {
        this.score = score;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
