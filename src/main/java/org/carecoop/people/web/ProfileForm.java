package org.carecoop.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.carecoop.people.FreeText;
import org.carecoop.people.PersonProfile;
import org.carecoop.people.WorkerProfile;
import org.carecoop.people.internal.Account;
import org.carecoop.people.internal.ProfileEditing;
import org.carecoop.platform.web.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * What the profile form asks for: contact details for everyone, and a section for people who receive
 * support and one for people who give it. Everything is text here, numbers too, so that a mistyped
 * number gets its own message rather than a type-conversion one; {@link ProfileFormReader} turns the
 * sections into profiles.
 */
public class ProfileForm {

    @NotBlank(message = "{profile.displayName.required}")
    @Size(max = ProfileEditing.DISPLAY_NAME_MAX, message = "{profile.displayName.size}")
    @PlainText
    private String displayName = "";

    @Size(max = ProfileEditing.PHONE_MAX, message = "{profile.phone.size}")
    @Pattern(regexp = ProfileEditing.PHONE_PATTERN, message = "{profile.phone.format}")
    private String phone = "";

    private PersonSection person = new PersonSection();
    private WorkerSection worker = new WorkerSection();

    static ProfileForm of(Account account, @Nullable PersonProfile person, @Nullable WorkerProfile worker) {
        ProfileForm form = new ProfileForm();
        form.displayName = account.displayName();
        form.phone = account.phone() == null ? "" : account.phone();
        form.person = PersonSection.of(person == null ? PersonProfile.empty() : person);
        form.worker = WorkerSection.of(worker == null ? WorkerProfile.empty() : worker);
        return form;
    }

    /** The section for people who receive support. */
    public static class PersonSection {

        @Size(max = PersonProfile.ABOUT_MAX, message = "{profile.person.about.size}")
        @PlainText
        private String about = "";

        @Size(max = 20, message = "{profile.option.unknown}")
        private List<String> needs = new ArrayList<>();

        @Size(max = PersonProfile.NEEDS_DETAIL_MAX, message = "{profile.person.needsDetail.size}")
        @PlainText
        private String needsDetail = "";

        @Size(max = 20, message = "{profile.option.unknown}")
        private List<String> conditions = new ArrayList<>();

        @Size(max = 20, message = "{profile.option.unknown}")
        private List<String> outcomes = new ArrayList<>();

        @Size(max = 1000, message = "{profile.interests.size}")
        @PlainText
        private String interests = "";

        private String preferredWorkerGender = "NO_PREFERENCE";

        @Size(max = 500, message = "{profile.languages.size}")
        @PlainText
        private String languages = "";

        private boolean phoneBeforeVisit;
        private boolean photoBeforeFirstVisit;

        @Size(max = PersonProfile.SAFETY_NOTES_MAX, message = "{profile.person.safetyNotes.size}")
        @PlainText
        private String safetyNotes = "";

        @Size(max = 16, message = "{profile.postcode.format}")
        private String postcode = "";

        @Size(max = 20, message = "{profile.option.unknown}")
        private List<String> timesWanted = new ArrayList<>();

        @Size(max = PersonProfile.TIMES_DETAIL_MAX, message = "{profile.person.timesDetail.size}")
        @PlainText
        private String timesDetail = "";

        static PersonSection of(PersonProfile p) {
            PersonSection s = new PersonSection();
            s.about = p.about();
            s.needs = codes(p.needs());
            s.needsDetail = p.needsDetail();
            s.conditions = codes(p.conditions());
            s.outcomes = codes(p.outcomes());
            s.interests = FreeText.join(p.interests());
            s.preferredWorkerGender = p.preferredWorkerGender().name();
            s.languages = FreeText.join(p.languages());
            s.phoneBeforeVisit = p.phoneBeforeVisit();
            s.photoBeforeFirstVisit = p.photoBeforeFirstVisit();
            s.safetyNotes = p.safetyNotes();
            s.postcode = p.postcode() == null ? "" : p.postcode().value();
            s.timesWanted = codes(p.timesWanted());
            s.timesDetail = p.timesDetail();
            return s;
        }

        public String getAbout() {
            return about;
        }

        public void setAbout(String about) {
            this.about = about;
        }

        public List<String> getNeeds() {
            return needs;
        }

        public void setNeeds(List<String> needs) {
            this.needs = needs;
        }

        public String getNeedsDetail() {
            return needsDetail;
        }

        public void setNeedsDetail(String needsDetail) {
            this.needsDetail = needsDetail;
        }

        public List<String> getConditions() {
            return conditions;
        }

        public void setConditions(List<String> conditions) {
            this.conditions = conditions;
        }

        public List<String> getOutcomes() {
            return outcomes;
        }

        public void setOutcomes(List<String> outcomes) {
            this.outcomes = outcomes;
        }

        public String getInterests() {
            return interests;
        }

        public void setInterests(String interests) {
            this.interests = interests;
        }

        public String getPreferredWorkerGender() {
            return preferredWorkerGender;
        }

        public void setPreferredWorkerGender(String preferredWorkerGender) {
            this.preferredWorkerGender = preferredWorkerGender;
        }

        public String getLanguages() {
            return languages;
        }

        public void setLanguages(String languages) {
            this.languages = languages;
        }

        public boolean isPhoneBeforeVisit() {
            return phoneBeforeVisit;
        }

        public void setPhoneBeforeVisit(boolean phoneBeforeVisit) {
            this.phoneBeforeVisit = phoneBeforeVisit;
        }

        public boolean isPhotoBeforeFirstVisit() {
            return photoBeforeFirstVisit;
        }

        public void setPhotoBeforeFirstVisit(boolean photoBeforeFirstVisit) {
            this.photoBeforeFirstVisit = photoBeforeFirstVisit;
        }

        public String getSafetyNotes() {
            return safetyNotes;
        }

        public void setSafetyNotes(String safetyNotes) {
            this.safetyNotes = safetyNotes;
        }

        public String getPostcode() {
            return postcode;
        }

        public void setPostcode(String postcode) {
            this.postcode = postcode;
        }

        public List<String> getTimesWanted() {
            return timesWanted;
        }

        public void setTimesWanted(List<String> timesWanted) {
            this.timesWanted = timesWanted;
        }

        public String getTimesDetail() {
            return timesDetail;
        }

        public void setTimesDetail(String timesDetail) {
            this.timesDetail = timesDetail;
        }
    }

    /** The section for workers, volunteers and peer supporters. */
    public static class WorkerSection {

        @Size(max = WorkerProfile.BIO_MAX, message = "{profile.worker.bio.size}")
        @PlainText
        private String bio = "";

        private String gender = "NOT_SAID";

        @Size(max = 30, message = "{profile.option.unknown}")
        private List<String> skills = new ArrayList<>();

        @Size(max = WorkerProfile.QUALIFICATIONS_MAX, message = "{profile.worker.qualifications.size}")
        @PlainText
        private String qualifications = "";

        @Size(max = 10, message = "{profile.worker.experienceYears.number}")
        private String experienceYears = "0";

        @Size(max = 20, message = "{profile.option.unknown}")
        private List<String> conditions = new ArrayList<>();

        @Size(max = 1000, message = "{profile.interests.size}")
        @PlainText
        private String interests = "";

        @Size(max = 500, message = "{profile.languages.size}")
        @PlainText
        private String languages = "";

        private String employmentBasis = "SELF_EMPLOYED";

        @Size(max = 16, message = "{profile.postcode.format}")
        private String postcode = "";

        @Size(max = 10, message = "{profile.worker.travelRadiusKm.number}")
        private String travelRadiusKm = "10";

        @Size(max = 20, message = "{profile.worker.hourlyRate.number}")
        private String hourlyRate = "15.00";

        private boolean drives;

        static WorkerSection of(WorkerProfile w) {
            WorkerSection s = new WorkerSection();
            s.bio = w.bio();
            s.gender = w.gender().name();
            s.skills = codes(w.skills());
            s.qualifications = w.qualifications();
            s.experienceYears = Integer.toString(w.experienceYears());
            s.conditions = codes(w.conditions());
            s.interests = FreeText.join(w.interests());
            s.languages = FreeText.join(w.languages());
            s.employmentBasis = w.employmentBasis().name();
            s.postcode = w.postcode() == null ? "" : w.postcode().value();
            s.travelRadiusKm = Integer.toString(w.travelRadiusKm());
            s.hourlyRate = w.hourlyRate().pounds();
            s.drives = w.drives();
            return s;
        }

        public String getBio() {
            return bio;
        }

        public void setBio(String bio) {
            this.bio = bio;
        }

        public String getGender() {
            return gender;
        }

        public void setGender(String gender) {
            this.gender = gender;
        }

        public List<String> getSkills() {
            return skills;
        }

        public void setSkills(List<String> skills) {
            this.skills = skills;
        }

        public String getQualifications() {
            return qualifications;
        }

        public void setQualifications(String qualifications) {
            this.qualifications = qualifications;
        }

        public String getExperienceYears() {
            return experienceYears;
        }

        public void setExperienceYears(String experienceYears) {
            this.experienceYears = experienceYears;
        }

        public List<String> getConditions() {
            return conditions;
        }

        public void setConditions(List<String> conditions) {
            this.conditions = conditions;
        }

        public String getInterests() {
            return interests;
        }

        public void setInterests(String interests) {
            this.interests = interests;
        }

        public String getLanguages() {
            return languages;
        }

        public void setLanguages(String languages) {
            this.languages = languages;
        }

        public String getEmploymentBasis() {
            return employmentBasis;
        }

        public void setEmploymentBasis(String employmentBasis) {
            this.employmentBasis = employmentBasis;
        }

        public String getPostcode() {
            return postcode;
        }

        public void setPostcode(String postcode) {
            this.postcode = postcode;
        }

        public String getTravelRadiusKm() {
            return travelRadiusKm;
        }

        public void setTravelRadiusKm(String travelRadiusKm) {
            this.travelRadiusKm = travelRadiusKm;
        }

        public String getHourlyRate() {
            return hourlyRate;
        }

        public void setHourlyRate(String hourlyRate) {
            this.hourlyRate = hourlyRate;
        }

        public boolean isDrives() {
            return drives;
        }

        public void setDrives(boolean drives) {
            this.drives = drives;
        }
    }

    private static List<String> codes(java.util.Collection<? extends Enum<?>> values) {
        return new ArrayList<>(values.stream().map(Enum::name).toList());
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public PersonSection getPerson() {
        return person;
    }

    public void setPerson(PersonSection person) {
        this.person = person;
    }

    public WorkerSection getWorker() {
        return worker;
    }

    public void setWorker(WorkerSection worker) {
        this.worker = worker;
    }
}
