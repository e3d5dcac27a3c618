"""newsparse: raw news articles to structured JSON with character spans."""

from .api import parse
from .article import Article
from .errors import NewsparseError
from .options import Options

__version__ = "0.1.0"

__all__ = ["Article", "NewsparseError", "Options", "__version__", "parse"]
