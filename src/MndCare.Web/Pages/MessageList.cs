using MndCare.Application.Consultations;

namespace MndCare.Web.Pages;

/// <summary>The model of the messages partial: the conversation, and whether the patient is reading it.</summary>
public sealed record MessageList(IReadOnlyList<ConsultationMessageView> Messages, bool ForPatient);
