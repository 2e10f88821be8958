/// The files of the package's `templates/` folder, built into the library.
///
/// The `EmbedTemplates` build-tool plugin generates `generatedTemplateFiles` from
/// `templates/` on every build in which a template changed, so the library always carries
/// the templates it was built from and an installed binary needs no files beside it.
public enum BuiltInTemplates {
    /// Every template's bytes, by path relative to `templates/` (`xhtml/report.css`).
    public static var files: [String: [UInt8]] { generatedTemplateFiles }
}
