using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Gongkai.Web;

/// <summary>
/// Every string a form, a query or a route binds (public and staff pages alike) loses its invisible characters
/// (<see cref="InvisibleText"/>) before a page sees it. Passwords are left as typed: they are compared, never shown.
/// </summary>
public sealed class InvisibleTextBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var source = context.BindingInfo.BindingSource;
        if (context.Metadata.ModelType != typeof(string)
            || (source is not null && (source.IsGreedy || source == BindingSource.Header || source == BindingSource.Services || source == BindingSource.Special))
            || context.Metadata.Name?.Contains("password", StringComparison.OrdinalIgnoreCase) == true)
        {
            return null;
        }

        return new Binder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()));
    }

    private sealed class Binder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result.IsModelSet && bindingContext.Result.Model is string s)
            {
                bindingContext.Result = ModelBindingResult.Success(InvisibleText.Strip(s));
            }
        }
    }
}

/// <summary>
/// Enums in forms and queries bind by member name only, and only to a defined member (issue 12): a posted “99” or
/// “2” is a Chinese model error, never a stored value. The pages post names; a number comes only from a crafted request.
/// </summary>
public sealed class NamedEnumBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        var source = context.BindingInfo.BindingSource;
        return !type.IsEnum || type.IsDefined(typeof(FlagsAttribute), false) || (source is not null && (source.IsGreedy || source == BindingSource.Services || source == BindingSource.Special))
            ? null
            : new Binder(type, Nullable.GetUnderlyingType(context.Metadata.ModelType) is not null);
    }

    private sealed class Binder(Type type, bool nullable) : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var posted = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            if (posted == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, posted);
            var value = InvisibleText.Strip(posted.FirstValue ?? "").Trim();
            if (value.Length == 0)
            {
                if (nullable)
                {
                    bindingContext.Result = ModelBindingResult.Success(null);
                }

                return Task.CompletedTask;
            }

            if (char.IsAsciiLetter(value[0]) && !value.Contains(',', StringComparison.Ordinal)
                && Enum.TryParse(type, value, ignoreCase: true, out var parsed) && Enum.IsDefined(type, parsed!))
            {
                bindingContext.Result = ModelBindingResult.Success(parsed);
            }
            else
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, $"“{(value.Length > 20 ? value[..20] + "…" : value)}”不是有效的值，请从列表中选择。");
            }

            return Task.CompletedTask;
        }
    }
}

/// <summary>The same for every string read from an API's JSON body.</summary>
public sealed class InvisibleTextJsonConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is { } s ? InvisibleText.Strip(s) : null;

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
