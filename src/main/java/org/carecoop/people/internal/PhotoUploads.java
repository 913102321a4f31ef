package org.carecoop.people.internal;

import java.time.Clock;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditEntry.Outcome;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.PhotoException;
import org.carecoop.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Profile photos: cleaned by {@link PhotoCleaner}, stored, and audited as a change to the profile. */
@Service
public class PhotoUploads {

    private final PhotoCleaner cleaner;
    private final Photos photos;
    private final AuditLog audit;
    private final Clock clock;

    PhotoUploads(PhotoCleaner cleaner, Photos photos, AuditLog audit, Clock clock) {
        this.cleaner = cleaner;
        this.photos = photos;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Replaces the photo of the account the caller acts as.
     *
     * @throws PhotoException when the upload is refused; the old photo stays
     */
    @Transactional
    public void upload(Caller caller, byte[] upload) {
        PhotoCleaner.Cleaned photo = cleaner.clean(upload);
        photos.save(caller.accountId(), photo.contentType(), photo.bytes(), clock.instant());
        audit.record(AuditEntry.by(caller, clock.instant(), "UPDATE", caller.accountId(), "photo", Outcome.ALLOWED)
                .withDetail("Changed photo"));
    }

    /** Stores a photo on the system's authority, for {@link org.carecoop.people.PeopleApi}. */
    @Transactional
    public void saveBySystem(UUID accountId, byte[] upload) {
        PhotoCleaner.Cleaned photo = cleaner.clean(upload);
        photos.save(accountId, photo.contentType(), photo.bytes(), clock.instant());
        audit.record(new AuditEntry(
                clock.instant(),
                null,
                ProfileEditing.SYSTEM_ACTOR,
                null,
                "UPDATE",
                accountId,
                "photo",
                accountId.toString(),
                Outcome.ALLOWED,
                "Saved photo"));
    }

    /** The limits, in megabytes and megapixels, for messages to say. */
    public Object[] limits() {
        return new Object[] {cleaner.maxBytes() / (1024 * 1024), cleaner.maxPixels() / 1_000_000};
    }
}
