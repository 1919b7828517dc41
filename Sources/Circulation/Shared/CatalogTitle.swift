/// A title as circulation holds it: a union-catalogue cluster (one manifestation, all members' copies). Only its
/// `Identifier<CatalogTitle>` is used here, carrying the cluster id, so this module need not import `Catalog`.
public enum CatalogTitle {}
