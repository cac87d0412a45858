"""The API routers, one per resource, gathered into one router the app includes."""

from fastapi import APIRouter

from hadath.api.routes import aggregates, articles, events, facets, mentions, stats, views

api_router = APIRouter()
for module in (events, mentions, aggregates, views, facets, articles, stats):
    api_router.include_router(module.router)

__all__ = ["api_router"]
