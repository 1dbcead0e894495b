package cn.gov.talent.tracking;

import java.io.Serializable;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** What the person (or the employer) types about an output. */
public class OutputForm implements Serializable {

    private static final long serialVersionUID = 1L;


    private OutputKind kind;

    private String title;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate achievedOn;

    private OutputLevel level;

    private int authorRank = 1;

    private boolean funded;

    private boolean acknowledged;

    private boolean major;

    public OutputKind getKind() {
        return kind;
    }

    public void setKind(OutputKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getAchievedOn() {
        return achievedOn;
    }

    public void setAchievedOn(LocalDate achievedOn) {
        this.achievedOn = achievedOn;
    }

    public OutputLevel getLevel() {
        return level;
    }

    public void setLevel(OutputLevel level) {
        this.level = level;
    }

    public int getAuthorRank() {
        return authorRank;
    }

    public void setAuthorRank(int authorRank) {
        this.authorRank = authorRank;
    }

    public boolean isFunded() {
        return funded;
    }

    public void setFunded(boolean funded) {
        this.funded = funded;
    }

    public boolean isAcknowledged() {
        return acknowledged;
    }

    public void setAcknowledged(boolean acknowledged) {
        this.acknowledged = acknowledged;
    }

    public boolean isMajor() {
        return major;
    }

    public void setMajor(boolean major) {
        this.major = major;
    }
}
