"""Factories for people and organisations, shared by the tests and the demo seed."""

import datetime

import factory

from courses.factories import ProgrammePageFactory

from .models import Cohort, Organisation, Team, User


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Sequence(lambda n: f"Person {n} Example")
    password = factory.django.Password("a-long-test-password")

    class Meta:
        model = User
        django_get_or_create = ["email"]


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisation {n}")
    kind = Organisation.Kind.CHARITY

    class Meta:
        model = Organisation


class TeamFactory(factory.django.DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Team {n}")

    class Meta:
        model = Team


class CohortFactory(factory.django.DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    programme = factory.SubFactory(ProgrammePageFactory)
    name = factory.Sequence(lambda n: f"Cohort {n}")
    start_date = datetime.date(2026, 9, 7)

    class Meta:
        model = Cohort
