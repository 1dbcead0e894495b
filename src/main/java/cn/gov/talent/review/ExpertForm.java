package cn.gov.talent.review;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.gov.talent.program.Discipline;

/** What the office edits of an expert: identity, contact, maximum load per round, disciplines. */
class ExpertForm {

    @NotBlank(message = "{expert.form.nameRequired}")
    @Size(max = 50, message = "{expert.form.tooLong}")
    private String fullName;

    @NotBlank(message = "{expert.form.employerRequired}")
    @Size(max = 100, message = "{expert.form.tooLong}")
    private String employerName;

    @Size(max = 50, message = "{expert.form.tooLong}")
    private String title;

    @Pattern(regexp = "(1[3-9]\\d{9})?", message = "{expert.form.phone.invalid}")
    private String phone;

    @Email(message = "{expert.form.email.invalid}")
    @Size(max = 100, message = "{expert.form.tooLong}")
    private String email;

    @NotNull(message = "{expert.form.maxLoad}")
    @Min(value = 1, message = "{expert.form.maxLoad}")
    @Max(value = 200, message = "{expert.form.maxLoad}")
    private Integer maxLoad;

    @NotEmpty(message = "{expert.form.disciplines}")
    private List<String> disciplines = new ArrayList<>();

    private long version;

    static ExpertForm of(Expert expert) {
        var form = new ExpertForm();
        form.fullName = expert.getFullName();
        form.employerName = expert.getEmployerName();
        form.title = expert.getTitle();
        form.phone = expert.getPhone();
        form.email = expert.getEmail();
        form.maxLoad = expert.getMaxLoad();
        form.disciplines = new ArrayList<>(expert.getDisciplines().stream().map(Discipline::getCode).toList());
        form.version = expert.getVersion();
        return form;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmployerName() {
        return employerName;
    }

    public void setEmployerName(String employerName) {
        this.employerName = employerName;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Integer getMaxLoad() {
        return maxLoad;
    }

    public void setMaxLoad(Integer maxLoad) {
        this.maxLoad = maxLoad;
    }

    public List<String> getDisciplines() {
        return disciplines;
    }

    public void setDisciplines(List<String> disciplines) {
        this.disciplines = disciplines;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
