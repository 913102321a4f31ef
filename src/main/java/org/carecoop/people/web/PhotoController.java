package org.carecoop.people.web;

import java.io.IOException;
import java.time.Duration;
import org.carecoop.people.PhotoException;
import org.carecoop.people.internal.PhotoUploads;
import org.carecoop.people.internal.Photos.Photo;
import org.carecoop.people.internal.ProfileViewing;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.web.UploadForm;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Uploading one's profile photo, and showing photos to those allowed to see them. */
@Controller
class PhotoController {

    static final String PATH = "/profile/photo";

    private final PhotoUploads uploads;
    private final ProfileViewing viewing;

    PhotoController(PhotoUploads uploads, ProfileViewing viewing) {
        this.uploads = uploads;
        this.viewing = viewing;
    }

    /**
     * The upload page. {@code error=too-big} comes from the platform's upload limits when an upload was over
     * the server's multipart limit and never reached {@link #upload}.
     */
    @Bean
    static UploadForm photoUploadForm() {
        return new UploadForm(PATH);
    }

    @GetMapping(PATH)
    String form(@RequestParam(required = false) @Nullable String error, Model model) {
        PhotoForm form = new PhotoForm();
        model.addAttribute("photoForm", form);
        if ("too-big".equals(error)) {
            BindingResult errors = new org.springframework.validation.BeanPropertyBindingResult(form, "photoForm");
            errors.rejectValue("photo", PhotoException.Reason.TOO_BIG.messageKey(), uploads.limits(), null);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "photoForm", errors);
        }
        return page(model);
    }

    @PostMapping(PATH)
    String upload(@ModelAttribute PhotoForm photoForm, BindingResult errors, Model model, RedirectAttributes redirect) {
        Caller caller = Caller.current().orElseThrow();
        try {
            byte[] bytes = photoForm.getPhoto() == null
                    ? new byte[0]
                    : photoForm.getPhoto().getBytes();
            uploads.upload(caller, bytes);
            redirect.addFlashAttribute("flash", "photo.saved");
            return "redirect:/profile";
        } catch (PhotoException e) {
            errors.rejectValue("photo", e.messageKey(), uploads.limits(), null);
        } catch (IOException e) {
            errors.rejectValue("photo", PhotoException.Reason.UNREADABLE.messageKey(), uploads.limits(), null);
        }
        return page(model);
    }

    @GetMapping("/people/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable String id) {
        Caller caller = Caller.current().orElseThrow();
        Photo photo = viewing.photo(caller, ProfileController.uuid(id)).orElseThrow(ProfileController::notFound);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .lastModified(photo.updatedAt())
                .body(photo.bytes());
    }

    private String page(Model model) {
        Caller caller = Caller.current().orElseThrow();
        model.addAttribute("maxMegabytes", uploads.limits()[0]);
        model.addAttribute(
                "photoUrl",
                viewing.photoUpdatedAt(caller.accountId())
                        .map(at -> "/people/" + caller.accountId() + "/photo?v=" + at.toEpochMilli())
                        .orElse(null));
        return "people/profile-photo";
    }
}
