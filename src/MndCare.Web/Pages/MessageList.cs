using MndCare.Application.Consultations;

namespace MndCare.Web.Pages;

/// <summary>The model of the messages partial: the conversation, whether the patient is reading it, and the clinic's time zone.</summary>
public sealed record MessageList(IReadOnlyList<ConsultationMessageView> Messages, bool ForPatient, string TimeZoneId);
