"""The API routers, one per resource, gathered into one router the app includes."""

from fastapi import APIRouter

from hadath.api.routes import articles, events, stats

api_router = APIRouter()
api_router.include_router(events.router)
api_router.include_router(articles.router)
api_router.include_router(stats.router)

__all__ = ["api_router"]
