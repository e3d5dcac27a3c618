"""One module per recogniser; each exposes ``apply(doc, article, ctx)``."""
